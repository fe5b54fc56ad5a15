export { runCli, helpText, EXIT_OK, EXIT_FAILURE, EXIT_USAGE } from './cli';
export { UsageError, requireString, optionalString, type Command, type CliContext, type OptionValues } from './command';
export { commands } from './commands';
export { generateDemo, demoRequestId, type DemoOptions, type DemoRequest, type SlaTargets } from './demo/generate';
export { demoRow } from './demo/rows';
export { demoDueAt, demoTargets, ensureDemoPolicies } from './demo/policies';
