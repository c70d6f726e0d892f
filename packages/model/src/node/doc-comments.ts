import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The model's field documentation, read from the doc comments in its schema sources. The comments
 * are the one place each field is explained; reading them (rather than copying them into
 * `.describe()` calls) keeps one copy, and a new field's comment reaches the editor with no extra step.
 */

/** For each exported schema constant, its fields' doc comments by dotted path ("apply.url", "steps.id" for inline objects). */
export type DocComments = Map<string, Map<string, string>>;

/** The schema sources of this package: every .ts file in src/schemas, tests aside. */
export function schemaSourceFiles(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(schemaDir, name));
}

function commentOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs.at(-1);
  if (!last?.comment) return undefined;
  const text = typeof last.comment === 'string' ? last.comment : last.comment.map((part) => part.text).join('');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** The object literal passed to z.object / z.strictObject somewhere in `node` (through .optional(), .superRefine() and the like). */
function objectLiteralOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) && ['object', 'strictObject', 'looseObject'].includes(callee.name.text)) {
      const [argument] = node.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) return argument;
    }
    if (ts.isPropertyAccessExpression(callee)) return objectLiteralOf(callee.expression);
  }
  if (ts.isParenthesizedExpression(node)) return objectLiteralOf(node.expression);
  return undefined;
}

/** An object schema written inline in a field: the field itself, or inside z.array(...) and the like. */
function nestedObjectOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  const direct = objectLiteralOf(node);
  if (direct) return direct;
  if (!ts.isCallExpression(node)) return undefined;
  for (const argument of node.arguments) {
    const found = nestedObjectOf(argument);
    if (found) return found;
  }
  return ts.isPropertyAccessExpression(node.expression) ? nestedObjectOf(node.expression.expression) : undefined;
}

/** A field written `base.extend({...})` (through .optional() and the like): the base schema's name and the added fields. */
function extensionOf(node: ts.Node): { base: string; literal: ts.ObjectLiteralExpression } | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const callee = node.expression;
  const [argument] = node.arguments;
  if (callee.name.text === 'extend' && ts.isIdentifier(callee.expression) && argument && ts.isObjectLiteralExpression(argument)) {
    return { base: callee.expression.text, literal: argument };
  }
  return extensionOf(callee.expression);
}

/** Fields whose comments come from another exported schema: at `path`, every field of `base`. */
type Inherited = { path: string; base: string }[];

function collect(literal: ts.ObjectLiteralExpression, prefix: string, into: Map<string, string>, inherited: Inherited): void {
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const name = property.name.getText().replace(/^['"]|['"]$/g, '');
    const path = prefix ? `${prefix}.${name}` : name;
    const comment = commentOf(property);
    if (comment) into.set(path, comment);
    if (ts.isShorthandPropertyAssignment(property)) continue;
    // An inline nested object (possibly inside z.array(...)) carries its own field comments.
    const nested = nestedObjectOf(property.initializer);
    if (nested) collect(nested, path, into, inherited);
    // An exported schema extended in place: its fields keep their own comments, the added ones have theirs.
    const extension = extensionOf(property.initializer);
    if (extension) {
      inherited.push({ path, base: extension.base });
      collect(extension.literal, path, into, inherited);
    }
  }
}

/** Reads every exported `const x = z.object({...})` in `files` with the doc comment of each field. */
export function readDocComments(files: readonly string[]): DocComments {
  const result: DocComments = new Map();
  const inheritedBy = new Map<Map<string, string>, Inherited>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const literal = objectLiteralOf(declaration.initializer);
        if (!literal) continue;
        const fields = new Map<string, string>();
        const inherited: Inherited = [];
        collect(literal, '', fields, inherited);
        result.set(declaration.name.text, fields);
        inheritedBy.set(fields, inherited);
      }
    }
  }
  // Once every file is read, so a base may be declared after (or in another file than) its extension.
  for (const [fields, inherited] of inheritedBy) {
    for (const { path, base } of inherited) {
      for (const [field, comment] of result.get(base) ?? []) if (!fields.has(`${path}.${field}`)) fields.set(`${path}.${field}`, comment);
    }
  }
  return result;
}
