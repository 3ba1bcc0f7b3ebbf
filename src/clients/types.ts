export const LANGUAGES = ['python', 'javascript', 'go', 'ruby', 'java', 'php', 'csharp', 'swift', 'shell'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Everything snipgen knows about one client; the template holds how its code looks. */
export interface ClientDescriptor {
  /** `language/client`, the one spelling used in flags, paths and docs. */
  id: string;
  language: Language;
  /** Whose literal printers the templates use, when `language` is not a built-in one. */
  helpers?: Language;
  client: string;
  title: string;
  /** The Markdown fence tag (and manifest `lang`). */
  fence: string;
  /** File extension including the dot. */
  extension: string;
  /** The library and version the runnable style targets, and how a user installs it. */
  library: { name: string; version: string; install: string | null };
  /** What the runnable style fixes in the reference style, for the README and docs. */
  fixes: string;
  /**
   * Set for clients added from a descriptor file: how verify checks them. `{file}` stands for the
   * snippet's path; `tool` must be on PATH or the snippet is reported as skipped.
   */
  verify?: { tool?: string; compile?: string[]; run: string[] };
}
