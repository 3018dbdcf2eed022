// Every regular expression under src/ is checked with recheck for super-linear backtracking
// (ReDoS): a parser fed a crafted 10 KB string must not hang.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
  });
}

interface Found {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function regexesIn(file: string): Found[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const where = (node: ts.Node): string =>
    `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const lit = node.text;
      const end = lit.lastIndexOf("/");
      found.push({ where: where(node), source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp" &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const flags = node.arguments[1];
      found.push({
        where: where(node),
        source: node.arguments[0].text,
        flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "",
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const all = walk(join(root, "src")).flatMap(regexesIn);

describe("regular expressions under src/ are safe from catastrophic backtracking", () => {
  test("the scan sees the source tree", () => {
    expect(walk(join(root, "src")).length).toBeGreaterThan(3);
  });
  test.each(all.map((r) => [r.where, r.source, r.flags] as const))(
    "%s /%s/%s",
    (_where, source, flags) => {
      const result = checkSync(source, flags.replace(/[gy]/g, ""), { timeout: 10_000 });
      expect(result.status, JSON.stringify(result)).not.toBe("vulnerable");
    },
  );
});
