/** The builder's controls, generated from custom-elements.json by the build (scripts/builder-options.mjs). */
declare module 'hohhot:builder-options' {
  export interface BuilderAttribute {
    /** The attribute, as written in markup. */
    name: string;
    /** The property it sets, as written in TypeScript. */
    field: string;
    /** The manifest's (English) description. */
    description: string;
    /** Declared by a base class (HwElement, HwChartElement): shared by several widgets. */
    inherited: boolean;
    kind: 'enum' | 'boolean' | 'number' | 'string';
    /** The values of an enumeration. */
    values?: string[];
    /** The property may be null or undefined (the attribute may be absent). */
    nullable: boolean;
  }
  export interface BuilderWidget {
    tag: string;
    /** The manifest's (English) summary. */
    summary: string;
    attributes: BuilderAttribute[];
  }
  const options: BuilderWidget[];
  export default options;
}
