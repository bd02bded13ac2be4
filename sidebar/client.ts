// The sidebar's script: runs actions on the server and renders results as text, never HTML.
import { wireActions } from "./actions";
import { loadSettingsForm } from "./settings-form";

wireActions();
void loadSettingsForm();
