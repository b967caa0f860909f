// Composition root: the only file that wires real Electron objects into the app. (Being built.)
import { app } from 'electron';

void app.whenReady().then(() => undefined);
