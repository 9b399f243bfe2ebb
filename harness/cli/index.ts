export { runCli, commandList, loadCommands } from './run-cli.ts';
export { processIo } from './process-io.ts';
export type { CliIo, Command, OptionSpec } from './command.ts';
export { emulatorBanner, bannerKeys } from './emulator-banner.ts';
