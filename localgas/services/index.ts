// Every fake service of the local Workspace. Add one line per service.
import type { FakeService, ServiceContext } from '../service';
import { CacheFake } from './cache';
import { CalendarFake } from './calendar';
import { CardFake } from './card';
import { DocumentFake } from './document';
import { DriveFake } from './drive';
import { DriveApiFake } from './driveApi';
import { HtmlServiceFake } from './html';
import { LockFake } from './lock';
import { MailFake } from './mail';
import { PropertiesFake } from './properties';
import { ScriptAppFake } from './scriptApp';
import { SessionFake } from './session';
import { SpreadsheetService } from './spreadsheet';
import { XmlFake } from './xml';

export function createServices(ctx: ServiceContext): FakeService[] {
  const list: FakeService[] = [
    new SessionFake(ctx),
    new PropertiesFake(ctx),
    new CacheFake(ctx),
    new LockFake(ctx),
    new ScriptAppFake(ctx),
    new CalendarFake(ctx),
    new CardFake(ctx),
    new HtmlServiceFake(ctx),
    new XmlFake(ctx),
  ];
  list.push(new SpreadsheetService(ctx));
  list.push(new MailFake(ctx));
  const drive = new DriveFake(ctx);
  list.push(drive, new DriveApiFake(ctx, drive), new DocumentFake(ctx, drive));
  return list;
}

export { SpreadsheetService };
