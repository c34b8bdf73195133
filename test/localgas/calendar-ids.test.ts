// The Calendar fake where API users found Google stricter or looser than its reference: an event a person
// deleted answers 403 to update and patch (google-api-ruby-client #1811, google-api-python-client #846),
// and a taken client id may go undetected at insert (Events resource, id).
import { describe, expect, it } from 'vitest';
import { CalendarFake } from '../../localgas/services/calendar';
import { fakeContext } from '../helpers';

function calendar() {
  const cal = new CalendarFake(fakeContext());
  const api = (cal.globals() as { Calendar: GoogleAppsScript.Calendar }).Calendar;
  const id = api.Calendars!.insert({ summary: 'План', timeZone: 'Europe/Moscow' }).id!;
  const ev = { id: 'abcde12345', summary: 'x', start: { date: '2026-09-01' }, end: { date: '2026-09-02' } };
  api.Events!.insert(ev, id);
  return { cal, api, id, ev };
}

describe('Calendar fake: what people and Google do to ids', () => {
  it('an event a person deleted answers 403 to update and patch, 409 to insert; one the API deleted can be updated', () => {
    const { cal, api, id, ev } = calendar();
    api.Events!.remove(id, ev.id);
    expect(api.Events!.update({ ...ev, status: 'confirmed' }, id, ev.id).status).toBe('confirmed');
    expect(cal.personDeleteEvent(ev.id)).toBe(true);
    expect(() => api.Events!.update({ ...ev, status: 'confirmed' }, id, ev.id)).toThrow(
      /failed with error: Forbidden$/,
    );
    expect(() => api.Events!.patch({ status: 'confirmed' }, id, ev.id)).toThrow(/Forbidden/);
    expect(() => api.Events!.insert(ev, id)).toThrow(/The requested identifier already exists/);
  });

  it('with the knob armed, an insert with a taken id goes through under an id of its own', () => {
    const { cal, api, id, ev } = calendar();
    expect(() => api.Events!.insert(ev, id)).toThrow(/The requested identifier already exists/);
    cal.undetectedDuplicates = 1;
    expect(api.Events!.insert(ev, id).id).not.toBe('abcde12345');
    expect(cal.liveEvents()).toHaveLength(2);
    expect(() => api.Events!.insert(ev, id)).toThrow(/already exists/);
  });
});
