// A true outage between the browser and the server: the page talks to the server through a TCP proxy that the test
// takes down (every connection cut, new ones refused) and brings back on the same port. A reminder stored while the
// network is down must arrive exactly once after the page reconnects and resumes with `after:`.
import net from 'node:net';
import { gql, customerWithOverduePlan } from './dashboard-api.mjs';

function tcpProxy(targetPort) {
  const sockets = new Set();
  let server = null;
  const listen = (port) => new Promise((resolve) => {
    server = net.createServer((client) => {
      const upstream = net.connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
  return {
    listen,
    cut: () => new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }),
  };
}

async function reminderStored(token, customerName) {
  // Polls the public API until the scan has stored the reminder (the scan runs every 2 s in the test server).
  for (let i = 0; i < 300; i++) {
    const data = await gql(token, '{ reminders(order: [{ issuedAt: DESC }], first: 20) { nodes { id message } } }');
    const found = data.reminders.nodes.find((r) => r.message.includes(customerName));
    if (found) return found.id;
    await new Promise((resolve) => { setTimeout(resolve, 200); });
  }
  throw new Error(`no reminder for ${customerName}`);
}

export async function checkOutage({ browser, dashboardUrl, token, run, check }) {
  const target = new URL(dashboardUrl);
  const proxy = tcpProxy(Number(target.port));
  const port = await proxy.listen(0);
  const proxied = new URL(dashboardUrl);
  proxied.port = String(port);
  const page = await browser.newPage();
  await page.goto(proxied.href);
  await page.evaluate((value) => {
    localStorage.setItem('crm.token', value);
    localStorage.setItem('crm.language', 'zh-CN');
  }, token);
  await page.reload();
  await page.waitForSelector('#live-status[data-state="live"]');

  await proxy.cut();
  await page.waitForSelector('#live-status[data-state="offline"]');
  const name = `停机期间客户-${run}`;
  await customerWithOverduePlan(token, name);
  const id = await reminderStored(token, name);
  check(await page.locator(`#reminder-list li[data-id="${id}"]`).count() === 0,
    'while the network is down the reminder is stored but not shown');

  await proxy.listen(port);
  const item = page.locator('#reminder-list li', { hasText: name });
  await item.first().waitFor({ timeout: 60000 });
  await page.waitForSelector('#live-status[data-state="live"]');
  const ids = await page.locator('#reminder-list li').evaluateAll((items) => items.map((i) => i.dataset.id));
  check(await item.count() === 1 && ids.length === new Set(ids).size,
    'after a real outage the reminder produced meanwhile arrives exactly once');
  await page.close();
  await proxy.cut();
}
