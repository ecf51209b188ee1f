import {
  Node,
  Project,
  type PropertySignature,
  type SourceFile,
  type TypeLiteralNode,
} from 'ts-morph';
import { GenerateError } from '../framework/errors.js';
import type { DocTag } from './extension-tags.js';
import type { MemberDocs } from './doc-plan.js';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Appends the planned tags to the JSDoc of the `components['schemas']` members in
 * openapi-typescript's printed source. Returns the new source and the pointers of every schema
 * node whose tags were written, so the caller can tell if some extension found no member.
 *
 * The tree is only read: every ts-morph manipulation re-parses the whole file, which costs
 * seconds over a few hundred members, so the edits are collected from the AST and spliced in once.
 */
export function addJsDocTags(
  source: string,
  plan: ReadonlyMap<string, MemberDocs>,
): { source: string; written: Set<string> } {
  const written = new Set<string>();
  if (![...plan.values()].some(hasTags)) return { source, written };

  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('types.ts', source);
  const edits: Edit[] = [];
  const visit = (literal: TypeLiteralNode, members: ReadonlyMap<string, MemberDocs>) => {
    const byName = new Map(literal.getProperties().map((p) => [memberName(p), p]));
    for (const [name, docs] of members) {
      if (!hasTags(docs)) continue;
      const member = byName.get(name);
      if (!member) {
        throw new GenerateError(
          'GENERATOR_FAILED',
          docs.pointer,
          'openapi-typescript printed no member for it',
        );
      }
      if (docs.tags.length > 0) {
        edits.push(jsDocEdit(member, docs.tags));
        written.add(docs.pointer);
      }
      const inline = member.getTypeNode();
      if (Node.isTypeLiteral(inline)) visit(inline, docs.properties);
    }
  };
  visit(schemasLiteral(file), plan);

  // One pass in source order: splicing each edit into the whole string would copy it per edit.
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(source.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(source.slice(at));
  return { source: parts.join(''), written };
}

const hasTags = (docs: MemberDocs): boolean =>
  docs.tags.length > 0 || [...docs.properties.values()].some(hasTags);

function schemasLiteral(file: SourceFile): TypeLiteralNode {
  const schemas = file.getInterface('components')?.getProperty('schemas')?.getTypeNode();
  if (!Node.isTypeLiteral(schemas)) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      'src/types.ts',
      "no components['schemas'] type literal to annotate",
    );
  }
  return schemas;
}

function memberName(member: PropertySignature): string {
  const name = member.getNameNode();
  return Node.isStringLiteral(name) || Node.isNumericLiteral(name)
    ? name.getLiteralText()
    : name.getText();
}

/**
 * One JSDoc block for the member: openapi-typescript's lines (description, @enum, …) unchanged,
 * then ours. It replaces the member's existing JSDoc, or goes in front of the member.
 */
function jsDocEdit(member: PropertySignature, tags: DocTag[]): Edit {
  const docs = member.getJsDocs();
  const lines = docs.flatMap((doc) => doc.getInnerText().split('\n'));
  for (const tag of tags) lines.push(`@${tag.name} ${commentSafe(tag.text)}`);
  const indent = member.getIndentationText();
  const text = ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join(`\n${indent}`);
  const first = docs[0];
  const last = docs[docs.length - 1];
  if (first && last) return { start: first.getStart(), end: last.getEnd(), text };
  const start = member.getStart();
  return { start, end: start, text: `${text}\n${indent}` };
}

// Spec text goes into a block comment: one line each, and no `*/` that would close it early.
const commentSafe = (text: string): string =>
  text.replace(/\s+/g, ' ').trim().replace(/\*\//g, '*\\/');
