export const id = 327;
export const ids = [327];
export const modules = {

/***/ 1327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _cairn_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8062);
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9463);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6026);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8553);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(545);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6404);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3444);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one GitHub client: @octokit/core with REST endpoint methods, pagination, retries and
 * throttling, pointed at an explicit API URL (GITHUB_API_URL: github.com, GHES, or the local test API).
 */







const CairnOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
function createGitHubClient(options) {
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new _cairn_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub repository "${options.repository}" must look like owner/repo (GITHUB_REPOSITORY).`);
    }
    if (!options.token)
        throw new _cairn_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('No GitHub token: pass the `github-token` input (its default is the workflow token).');
    const apiUrl = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    const retries = options.retries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const secrets = [options.token];
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const logger = options.logger;
    const clean = (text) => (0,_cairn_core__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text, secrets);
    const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
        const tooLong = retryAfter > maxWait;
        const again = retryCount < retries && !tooLong;
        const stop = tooLong ? `not waiting ${retryAfter}s (more than ${maxWait}s)` : 'giving up';
        logger.warning(clean(`GitHub ${kind} on ${request.method} ${request.url}: ${again ? `retrying after ${retryAfter}s` : stop}.`));
        return again;
    };
    const groups = options.pacing === 'none'
        ? {
            write: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }),
            notifications: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }),
            search: new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }),
        }
        : {};
    const octokit = new CairnOctokit({
        auth: options.token,
        baseUrl: apiUrl,
        userAgent: 'cairn-mlops',
        request: { fetch: withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs ?? 60_000) },
        log: {
            debug: (m) => logger.debug(clean(m)),
            info: (m) => logger.debug(clean(m)),
            warn: (m) => logger.warning(clean(m)),
            error: (m) => logger.warning(clean(m)),
        },
        retry: { retries, retryAfterBaseValue: retryBaseMs, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            ...groups,
            retryAfterBaseValue: retryBaseMs,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
    return { octokit, owner, repo, apiUrl, logger, retries, retryBaseMs, secrets };
}
/** Each HTTP attempt (retries included) gets its own deadline. */
function withTimeout(inner, ms) {
    return (input, init) => inner(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(ms) });
}



/***/ })

};
