/** The machine a run was measured on, so committed results can be compared fairly. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

const loadAverage = () => (os.platform() === 'win32' ? null : os.loadavg().map((v) => Number(v.toFixed(2))));

/** @param {{ chromiumVersion: string, chromiumPath: string }} browser */
export function describeMachine({ chromiumVersion, chromiumPath }) {
  const cpus = os.cpus();
  return {
    os: osName(),
    kernel: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    cpuModel: cpus[0]?.model.trim() ?? null,
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    chromium: chromiumVersion,
    chromiumPath,
    /** 1-, 5- and 15-minute load averages when the run started: high values mean other work shared the CPU. */
    loadAverageAtStart: loadAverage(),
  };
}

export { loadAverage };
