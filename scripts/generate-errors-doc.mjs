// Writes docs/errors.md: the issue shape and every code the source defines, grouped by module,
// with a link to the module guide that gives each code's zh-CN and English message.
// `--check` fails if the file on disk is out of date (run by the test suite).
import { readFileSync, writeFileSync } from "node:fs";
import { collectErrorCodes } from "./error-codes.mjs";
import { root } from "./modules.mjs";

const guides = {
  input: null,
  phone: "phone.md",
  order: "order.md",
  sms: "sms.md",
  calendar: "calendar.md",
  sla: "calendar-and-sla.md",
  routing: "routing.md",
  scoring: "scoring.md",
};

export function renderErrorsDoc() {
  const out = [
    "---",
    "title: Errors and codes",
    "---",
    "",
    "# Errors and codes",
    "",
    "Every error and warning of kuaidi-kefu is a plain object of one shape (`KefuIssue`):",
    "",
    "```ts",
    "{ code: string; message: string; path?: (string | number)[]; ...params }",
    "```",
    "",
    "- `code` is namespaced by module (`phone/invalid-length`) and stable: it is public API, and",
    "  renaming or removing one is a breaking change noted in the changelog.",
    "- `message` is in Chinese (`zh-CN`, the default) or English, chosen per call with",
    '  `{ locale: "en" }`; never by global state. Do not match on messages, match on codes.',
    '- `path` says where in a structured input the issue is (`["goods", 0, "weight"]`).',
    "- the other fields are the code's parameters (`max`, `length`, `received` ...), so a host can",
    "  write its own message.",
    "",
    "Parse, validate and classify functions never throw on bad input: they return",
    "`{ ok: false, error }` (or a total answer). Only a broken configuration, a programmer error,",
    "throws, with a message that starts `[kuaidi-kefu]`; `unwrap()` throws `UnwrapError` for",
    "callers who prefer exceptions.",
    "",
    "## Input bounds (every module)",
    "",
    "| code | zh-CN | English |",
    "| --- | --- | --- |",
    "| `input/not-text` | 输入不是文本（收到 {received}） | input is not text (got {received}) |",
    "| `input/too-long` | 输入过长：{length} 个字符，上限 {max} | input too long: {length} characters, limit {max} |",
    "",
    "## All codes by module",
    "",
    "This list is generated from the source (`node scripts/generate-errors-doc.mjs`); each module's",
    "guide gives the messages and what to do about each code.",
    "",
  ];
  for (const [module, codes] of collectErrorCodes()) {
    if (module === "input") continue;
    const guide = guides[module];
    out.push(`### ${module}${guide ? ` ([guide](${guide}))` : ""}`, "");
    for (const code of codes) out.push(`- \`${code}\``);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = `${root}docs/errors.md`;
  const wanted = renderErrorsDoc();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // missing file: out of date
    }
    if (current !== wanted) {
      console.error("docs/errors.md is out of date: run `node scripts/generate-errors-doc.mjs`");
      process.exit(1);
    }
  } else {
    writeFileSync(path, wanted);
    console.log("wrote docs/errors.md");
  }
}
