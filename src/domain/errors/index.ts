export { CheckFailedError } from './check-failed-error.js';
export { ChopsError } from './chops-error.js';
export { type ErrorKind, errorKindOf, errorKinds } from './error-kinds.js';
export { ModelError } from './model-error.js';
export { NotFoundError } from './not-found-error.js';
export { StoreError } from './store-error.js';
export { UsageError } from './usage-error.js';
export { UserInputError } from './user-input-error.js';
