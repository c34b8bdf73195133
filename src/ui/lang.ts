// The user's language before a plan's settings can be read (menus in onOpen, first dialogs, errors).
import { sessionLang } from '../app/context';
import type { Lang } from '../domain/types';
import { gasSession } from '../gas/session';

export function userLang(): Lang {
  return sessionLang(gasSession);
}
