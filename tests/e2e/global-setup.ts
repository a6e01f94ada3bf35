/**
 * Before any test: make sure each fixed port serves *this* site under the
 * expected base, so a stray server or a preview that moved to another port
 * fails the run loudly instead of producing misleading results.
 */
const SITE_TITLE = 'IT Project Management Career Guide';

async function expectSite(url: string) {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new Error(`No server answered at ${url}: ${(err as Error).message}`, { cause: err });
  }
  const html = await res.text();
  if (res.status !== 200 || !html.includes(SITE_TITLE)) {
    throw new Error(`${url} answered ${res.status} but is not the ${SITE_TITLE} build; is another server on this port?`);
  }
}

export default async function globalSetup() {
  await expectSite('http://127.0.0.1:4321/');
  await expectSite('http://127.0.0.1:4322/careers/');
  const outsideBase = await fetch('http://127.0.0.1:4322/guide/the-role/');
  if (outsideBase.status !== 404) {
    throw new Error(`The sub-path build answers ${outsideBase.status} outside /careers/: it was not built with SITE_BASE=/careers/`);
  }
}
