import { z } from "zod";
import { displayText } from "./display-text";

/** A string field read as displayText; chain .min/.max/.refine on it as on z.string(). Apart from displayText so that pages using that alone load no zod. */
export const displayTextField = () => z.string().overwrite(displayText);
