/**
 * What every tab's view is given. In its own module so the views and App,
 * which lists them, do not import each other.
 */

import type { Lang } from "../engine/text/format";
import type { WorkbookPort } from "../workbook/port";

/** Every view takes the language and the workbook's port (absent until a file is picked, or outside Excel). */
export type ViewProps = { lang: Lang; port?: WorkbookPort };
