// The embed builder's controls, derived at build time from custom-elements.json
// (rollup.config.mjs serves the result as the module `hohhot:builder-options`).
// The manifest names each attribute, its property, its description, its
// default and its type as written (`Flow`, `CityId | null`); TypeScript's
// checker expands a named type into its values, so that an enumeration gets a
// select. A new attribute, documented in the manifest, becomes a control by
// itself.
//
//   node scripts/builder-options.mjs   → prints the options as JSON
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MANIFEST = 'custom-elements.json';

/** The kind of control a property's type calls for, with the values of an enumeration. */
function classify(checker, type) {
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((t) => t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
  const rest = parts.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  if (rest.length && rest.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return { kind: 'boolean', nullable };
  if (rest.length && rest.every((t) => t.isStringLiteral())) return { kind: 'enum', values: rest.map((t) => t.value), nullable };
  if (rest.length && rest.every((t) => t.flags & ts.TypeFlags.NumberLike)) return { kind: 'number', nullable };
  if (rest.length && rest.every((t) => t.flags & ts.TypeFlags.StringLike)) return { kind: 'string', nullable };
  throw new Error(`the builder has no control for the type ${checker.typeToString(type)}`);
}

/** The source file of a manifest module: the manifest names the shipped `dist/…js`. */
const sourceOf = (file) => file.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

/** The instance type of class `name` declared in `file`. */
function classType(program, checker, file, name) {
  const source = program.getSourceFile(path.resolve(file));
  if (!source) throw new Error(`${file} is not in the program`);
  let found;
  ts.forEachChild(source, (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === name) found = node;
  });
  if (!found) throw new Error(`no class ${name} in ${file}`);
  return checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(found.name));
}

/**
 * One entry per element of the manifest: its tag, summary and attributes,
 * each with the property it sets, its description, its default as written in
 * the source and its control (`enum` with values, `boolean`, `number`, `string`).
 */
export function builderOptions(manifestPath = MANIFEST) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ module, declaration })),
  );
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(
    elements.map((e) => path.resolve(sourceOf(e.module.path))),
    { ...(config?.options ?? {}), noEmit: true, types: [] },
  );
  const checker = program.getTypeChecker();
  return elements.map(({ module, declaration: d }) => {
    const type = classType(program, checker, sourceOf(module.path), d.name);
    return {
      tag: d.tagName,
      summary: d.summary ?? '',
      attributes: (d.attributes ?? []).map((a) => {
        const field = a.fieldName ?? a.name;
        const property = type.getProperty(field);
        if (!property) throw new Error(`<${d.tagName}>: the attribute ${a.name} has no property ${field}`);
        return {
          name: a.name,
          field,
          description: a.description ?? '',
          inherited: Boolean(a.inheritedFrom),
          ...classify(checker, checker.getTypeOfSymbol(property)),
        };
      }),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(builderOptions(), null, 2));
}
