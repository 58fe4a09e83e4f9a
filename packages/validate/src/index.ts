export {
  type ColumnPlan,
  type CompiledContract,
  compileContract,
  type RuleBase,
  type RuleKind,
  typeTest,
  type ValueRule,
} from './compile.ts';
export { CONTRACT_SCHEMA_ID, formatContract, loadContract, parseContract } from './contract-file.ts';
export {
  COLUMN_TYPES,
  type ColumnContract,
  type Contract,
  type ContractType,
  contractSchema,
  SEVERITIES,
  type Severity,
  type TableContract,
} from './contract-schema.ts';
export { type Inference, type InferredColumn, inferContract, MAX_DOMAIN } from './infer.ts';
export { annotations, describeFailure, renderMarkdown, renderText, type ValidationAnnotation } from './render.ts';
export {
  countFailed,
  DEFAULT_EXAMPLES,
  type Example,
  FAIL_ON,
  type FailOn,
  type FileReport,
  passes,
  REPORT_SCHEMA_VERSION,
  type RuleResult,
} from './results.ts';
export { tableColumns } from './table-columns.ts';
export { type ValidateOptions, validateFile } from './validate.ts';
