export { discoverTopics, type Topic, type TopicDiscovery, type TopicDocument, type TopicOptions } from './topics';
export { wilsonInterval } from './stats';
export { discoverTopicsOffThread, stopTopicWorker } from './topics-thread';
