export type { DemoCell, DemoOptions, DemoTab, DemoTruth, DemoWorkbook } from "./demo-types";
export { DEFAULT_DEMO_OPTIONS, generateDemoWorkbook } from "./generate-demo-workbook";
