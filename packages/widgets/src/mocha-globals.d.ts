/**
 * The Mocha globals @web/test-runner provides to *.test.ts in the browser, declared here because
 * @types/mocha is not installed (and only these few are used).
 */
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<void>): void;
declare function before(body: () => void | Promise<void>): void;
declare function after(body: () => void | Promise<void>): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;
