/** The two templates described once as layout data, for every host to write. */
export * from './layout';
export { DEFAULT_PROFILE_IDS, defaultYear, YEAR_RANGE, yearProblem } from './defaults';
export {
  parseProjectList,
  PROJECT_LIST_EXAMPLE,
  type ProjectLine,
  type ProjectListResult,
} from './projectList';
export {
  describeRequest,
  describeTemplate,
  describePackage,
  readFunding,
  requestFor,
  type FormRequest,
  type TemplateAsk,
  type TemplateOptions,
  type PackageOptions,
  type ProjectSpec,
} from './describe';
export { TemplateError } from './errors';
export { PROJECT_TITLE } from './projectForm';
export { DEPARTMENT_TITLE } from './departmentForm';
export { LISTS_SHEET, PROJECT_TYPES, FUND_NATURES } from './lists';
export { PROFILE_SHEET } from '../engine';
export {
  addedProjectSheetName,
  describeAddedProject,
  planAddedProject,
  type AddedProjectOptions,
  type AddedProjectPlan,
  type ProjectExpenseCell,
} from './addProject';
