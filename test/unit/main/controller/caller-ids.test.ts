import { describe, expect, it } from 'vitest';
import { postsTo, useSimulator } from '../../../support/simulator';
import { useController } from './use-controller';

const sim = useSimulator({ https: false });
const open = useController(sim);

const support = { label: 'Support Line', outboundCallerId: '8015550111' };

describe('caller IDs', () => {
  it('lists them formatted for people with the selected one marked', async () => {
    const { controller } = open();
    await controller.start();
    const state = controller.getState();
    expect(state.callerIds.map((c) => [c.label, c.display])).toEqual([
      ['Sales Desk', '(801) 555-0100'],
      ['Support Line', '(801) 555-0111'],
    ]);
    expect(state.selectedCallerId?.label).toBe('Sales Desk');
    expect(state.callerIdsLoading).toBe(false);
    expect(state.status).toBe('ready');
  });

  it('sets the choice in Xima, showing it pending while the POST runs', async () => {
    const { controller, states, ports } = open();
    await controller.start();
    const result = await controller.handlers.selectCallerId(support);
    expect(result).toMatchObject({ ok: true });
    expect(sim().state.agents.get(sim().extension)?.selected).toEqual(support);
    expect(states.some((s) => s.callerIdPending?.label === 'Support Line')).toBe(true);
    expect(controller.getState().selectedCallerId?.label).toBe('Support Line');
    expect(controller.getState().callerIdPending).toBeNull();
    await controller.dialFromHotkey('3855551234');
    expect(ports.notifier.shown.at(-1)?.body).toMatch(/from Support Line$/);
  });

  it('rolls back with a message when Xima refuses the change', async () => {
    const { controller } = open();
    await controller.start();
    sim().script('selected-outbound-caller-id', { kind: 'status', status: 403, times: 1 });
    const result = await controller.handlers.selectCallerId(support);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Xima kept Sales Desk: /);
    const state = controller.getState();
    expect(state.selectedCallerId?.label).toBe('Sales Desk');
    expect(state.callerIdPending).toBeNull();
    expect(state.notice).toMatchObject({ kind: 'error', text: result.message });
    expect(sim().state.agents.get(sim().extension)?.selected?.label).toBe('Sales Desk');
  });

  it('refuses a caller ID that is not in the list without any request', async () => {
    const { controller } = open();
    await controller.start();
    const result = await controller.handlers.selectCallerId({
      label: 'Made up',
      outboundCallerId: '5550000000',
    });
    expect(result.ok).toBe(false);
    expect(postsTo(sim(), 'selected-outbound-caller-id')).toHaveLength(0);
  });

  it('refreshes the list when the panel opens', async () => {
    const { controller } = open();
    await controller.start();
    sim()
      .state.agents.get(sim().extension)
      ?.callerIds.push({ label: 'Billing', outboundCallerId: '8015550122' });
    controller.panelShown();
    await controller.handlers.refreshCallerIds(undefined);
    expect(controller.getState().callerIds.map((c) => c.label)).toContain('Billing');
  });

  it('"Test connection" lists the caller IDs or says exactly what failed', async () => {
    const { controller } = open();
    const good = await controller.handlers.testConnection(undefined);
    expect(good).toMatchObject({
      ok: true,
      message: 'Connected to acme.xima.cloud: 2 caller IDs for your extension.',
    });
    sim().script('outbound-caller-ids', { kind: 'status', status: 403 });
    const bad = await controller.handlers.testConnection(undefined);
    expect(bad.ok).toBe(false);
    expect(controller.getState().status).toBe('forbidden');
    expect(controller.getState().statusMessage).toBe(bad.message);
  });

  it('goes offline when the network drops and recovers when it is back', async () => {
    const { controller } = open();
    await controller.start();
    controller.networkChanged(false);
    expect(controller.getState().status).toBe('offline');
    expect(controller.getState().statusMessage).toMatch(/offline/);
    controller.networkChanged(true);
    await controller.handlers.refreshCallerIds(undefined);
    expect(controller.getState().status).toBe('ready');
  });
});

describe('waking up', () => {
  it('clears "offline" after resume once Xima answers again', async () => {
    const { controller } = open();
    sim().script('outbound-caller-ids', { kind: 'drop', times: 3 });
    await controller.start();
    expect(controller.getState().status).toBe('offline');
    controller.resumed();
    await controller.handlers.refreshCallerIds(undefined);
    expect(controller.getState().status).toBe('ready');
  });
});
