/**
 * The parts of the service worker's global scope the guide's workers use.
 * The project is type-checked with the DOM library, which lacks them, and
 * the WebWorker library cannot be loaded beside it; these declarations follow
 * the Service Workers specification.
 */
export interface SwClient {
  readonly id: string;
  readonly url: string;
  readonly type: string;
}

export interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  readonly resultingClientId: string;
  respondWith(response: Response | Promise<Response>): void;
}

export interface SwMessageEvent extends SwExtendableEvent {
  readonly data: unknown;
  readonly ports: ReadonlyArray<MessagePort>;
}

export interface SwGlobalScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { matchAll(options?: { type?: 'window' | 'worker' | 'sharedworker' | 'all'; includeUncontrolled?: boolean }): Promise<SwClient[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: SwMessageEvent) => void): void;
}
