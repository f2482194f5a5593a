/** Image references ("registry:5000/team/app:1.2"): split into repository and tag, and checked. */

/** Splits "registry:5000/team/app:1.2" at the tag's colon, not the registry port's. */
export function splitReference(reference: string): { repository: string; tag: string } {
  const colon = reference.lastIndexOf(':');
  if (colon > reference.lastIndexOf('/')) return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
  return { repository: reference, tag: 'latest' };
}

// Docker's reference grammar, short: [registry[:port]/]path[:tag]; lowercase path components.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^(?:[a-zA-Z0-9.-]+(?::\\d+)?/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?$`);

/** Why `reference` is not a valid image name, or undefined when it is. */
export function referenceProblem(reference: string): string | undefined {
  if (!reference.trim()) return 'Type a name such as registry.example.com/team/app:1.2.';
  if (!REFERENCE.test(reference.trim())) return 'Not an image name: lowercase letters, digits and . _ - in the path, an optional registry host first and :tag last.';
  return undefined;
}
