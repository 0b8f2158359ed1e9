import { parentPort } from 'node:worker_threads';
import { THEME_SCRIPT } from '@/components/theme-script';
parentPort?.postMessage(THEME_SCRIPT.length);
