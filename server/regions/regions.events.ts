// The events of the regions module. A region is no community's: opening one (`createRegion`) is
// recorded by the rows themselves, like an organization above communities, since every event
// belongs to a community (events/emit.ts). Placing a community in a township is recorded by
// `community.created`. Part 2 (the city view) reads the communities' events through their
// township's path (README: "For the city view").
export {};
