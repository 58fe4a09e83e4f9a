export * from './action-yml.ts';
export * from './e2e.ts';
export * from './file-commands.ts';
export * from './run-action.ts';
export * from './runner-env.ts';
export * from './secrets.ts';
export * from './workflow-commands.ts';
