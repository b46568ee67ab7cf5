package care.alliance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What Linux says of the server's process: CPU time used so far and resident memory. */
final class ServerProcess {

    private final long pid;
    private final long ticksPerSecond;

    ServerProcess(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
    }

    /** User and system CPU time of the process so far, in milliseconds (/proc/PID/stat). */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name, in brackets, may hold spaces: count fields after its closing bracket.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / ticksPerSecond;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the server's CPU time", e);
        }
    }

    /** A line of /proc/PID/status, such as VmRSS or VmHWM, in MB. */
    long memoryMegabytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Long.parseLong(answer);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
