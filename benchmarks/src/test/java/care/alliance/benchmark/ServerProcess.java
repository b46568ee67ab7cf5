package care.alliance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What Linux says of a process of the run (a server, the load balancer, the driver): CPU time used so far and resident memory. */
final class ServerProcess {

    private static final long TICKS_PER_SECOND = clockTicks();
    private static final Pattern NMT_AREA = Pattern.compile("-\\s+([A-Za-z][A-Za-z ]*?) \\(reserved=\\d+MB, committed=(\\d+)MB\\)");
    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=\\d+MB, committed=(\\d+)MB");

    private final long pid;

    ServerProcess(long pid) {
        this.pid = pid;
    }

    /** The whole machine's CPU time so far, every core's, busy and in all (/proc/stat), in milliseconds. */
    record MachineCpu(long busyMillis, long allMillis) {
        static MachineCpu now() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal: idle and iowait are the cores' spare time
                long all = 0;
                for (int i = 1; i <= 8; i++) {
                    all += Long.parseLong(fields[i]);
                }
                long spare = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                return new MachineCpu((all - spare) * 1000 / TICKS_PER_SECOND, all * 1000 / TICKS_PER_SECOND);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the machine's CPU time", e);
            }
        }

        MachineCpu since(MachineCpu before) {
            return new MachineCpu(busyMillis - before.busyMillis, allMillis - before.allMillis);
        }
    }

    /** User and system CPU time of the process so far, in milliseconds (/proc/PID/stat). */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name, in brackets, may hold spaces: count fields after its closing bracket.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the server's CPU time", e);
        }
    }

    /**
     * CPU time so far of each PostgreSQL backend serving this database, by process id: PostgreSQL
     * names each connection's process "postgres: user database client state".
     */
    static Map<Long, Long> databaseBackends(String database) {
        Map<Long, Long> backends = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(path -> {
                try {
                    String title = Files.readString(path.resolve("cmdline"));
                    if (title.startsWith("postgres: ") && title.contains(" " + database + " ")) {
                        long pid = Long.parseLong(path.getFileName().toString());
                        backends.put(pid, new ServerProcess(pid).cpuMillis());
                    }
                } catch (IOException | IllegalStateException gone) {
                    // the process ended while being read
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the machine's processes", e);
        }
        return backends;
    }

    /** The CPU time the backends used between two readings, counting those that started meanwhile whole. */
    static long databaseCpuMillis(Map<Long, Long> before, Map<Long, Long> after) {
        return after.entrySet().stream().mapToLong(backend -> backend.getValue() - before.getOrDefault(backend.getKey(), 0L))
                .sum();
    }

    /**
     * Where the JVM says its memory went, committed, by its own areas (Java heap, class metadata,
     * threads, compiled code, GC...), largest first: the process runs with
     * -XX:NativeMemoryTracking=summary, and jcmd asks it.
     */
    String memoryByArea() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "VM.native_memory", "summary", "scale=MB")
                    .redirectErrorStream(true).start();
            String said = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            Matcher area = NMT_AREA.matcher(said);
            Map<String, Long> committed = new LinkedHashMap<>();
            while (area.find()) {
                committed.put(area.group(1).strip(), Long.parseLong(area.group(2)));
            }
            Matcher total = NMT_TOTAL.matcher(said);
            if (committed.isEmpty() || !total.find()) {
                return "not told (" + said.strip().lines().findFirst().orElse("jcmd said nothing") + ")";
            }
            return "committed " + total.group(1) + " MB: " + committed.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).filter(entry -> entry.getValue() > 0)
                    .map(entry -> entry.getKey() + " " + entry.getValue() + " MB").collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "not told (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not told (interrupted)";
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
