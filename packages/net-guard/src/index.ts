export { AddressPolicy, type AddressVerdict, parseAllowList, refusedRange } from './address-policy';
export { checkUrlHost, DestinationRefused, pinnedLookup, type Resolver, systemResolver, vettedAddresses } from './destination';
