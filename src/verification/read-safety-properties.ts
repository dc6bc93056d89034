import { readFileSync } from 'node:fs';
import type { SafetyProperties } from './safety-property-schema.ts';
import { SafetyPropertiesSchema } from './safety-property-schema.ts';

/** The safety properties kept beside a flow file: `NAME.flow.json` has `NAME.properties.json`. */
export function readSafetyProperties(flowFile: string): SafetyProperties {
  const file = flowFile.replace(/\.flow\.json$/, '.properties.json');
  const parsed = SafetyPropertiesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not a valid set of safety properties: ${parsed.error.message}`);
  return parsed.data;
}
