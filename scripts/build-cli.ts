// Bundles the xima-dial CLI into out/cli (placeholder until the CLI lands).
export {};
