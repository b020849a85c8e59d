/** What the Excel running the add-in can do, where it differs between versions. */

/**
 * Cell notes need ExcelApi 1.18. Outside Office (the sandbox, the tests) there is no
 * Office.context and the simulated host has notes.
 */
export function hostSupportsNotes(): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', '1.18') : true;
}
