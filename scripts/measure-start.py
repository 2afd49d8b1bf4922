#!/usr/bin/env python3
"""Measures how fast the kiosk starts and how much memory it then holds.

Starts Xvfb (1920x1080x24) on a free display, then runs the kiosk in a window
RUNS times (default 5) with NOTIFY_SOCKET pointing at a socket of this script,
as systemd would, and per run prints:
  ready   the time from starting the program (just before exec) to READY=1,
          which the kiosk sends after its first frame is on screen, and the
          CPU time the kiosk had used by then (all threads; on a shared,
          loaded machine the CPU time says more than the wall time);
  pss     the proportional set size (/proc/PID/smaps_rollup) AFTER seconds
          from the start (default 10), with RSS beside it;
and the medians. With --offscreen it runs under SDL_VIDEODRIVER=offscreen
instead of Xvfb. With --png it also times the one-shot mode, one page to PNG
(`--snapshot OUT.png --size 1920x1080 --offline`, no display), RUNS times,
with its CPU time and peak RSS (getrusage of the child).

The config's copy has absolute feed and cache paths (the cache in a temporary
folder, so runs never share one with another kiosk). The machine is shared:
the load average is printed with every run. PSS divides shared pages among
the processes that map them (libraries, font files): another Signpost
running at the same time lowers it, so measure with no other one running.

Usage: scripts/measure-start.py [--binary B] [--config C] [--runs N]
                                [--after SECONDS] [--offscreen] [--mode M] [--png]
  --mode default|software|opengl   SDL_RENDER_DRIVER as in measure-idle.sh
"""
import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import config_copy as config_copy_module  # noqa: E402


def free_display(work):
    for n in range(120, 200):
        if os.path.exists(f"/tmp/.X{n}-lock") or os.path.exists(f"/tmp/.X11-unix/X{n}"):
            continue
        log = open(os.path.join(work, "xvfb.log"), "w")
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24",
                                 "-nolisten", "tcp", "-noreset"], stdout=log, stderr=log)
        for _ in range(50):
            if os.path.exists(f"/tmp/.X11-unix/X{n}"):
                return proc, f":{n}"
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        proc.kill()
        proc.wait()
    sys.exit("measure-start: no free X display in :120-:199")


def config_copy(config, work):
    # Beside the original, so its relative paths resolve as the kiosk's own;
    # only the cache differs, so runs never share one.
    return config_copy_module.copy_beside(config, {"cache_dir": os.path.join(work, "cache")})


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def memory_kb(pid):
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            m = re.match(r"^(Rss|Pss):\s+(\d+) kB", line)
            if m:
                values[m.group(1)] = int(m.group(2))
    return values


def one_run(args, config, display, work, run):
    sock_path = os.path.join(work, f"notify-{run}.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(sock_path)
    env = dict(os.environ, NOTIFY_SOCKET=sock_path)
    env.pop("WATCHDOG_USEC", None)
    if args.offscreen:
        env.pop("DISPLAY", None)
        env["SDL_VIDEODRIVER"] = "offscreen"
    else:
        env["DISPLAY"] = display
    if args.mode != "default":
        env["SDL_RENDER_DRIVER"] = args.mode
    log = open(os.path.join(work, f"kiosk-{run}.log"), "w")
    start = time.monotonic()
    proc = subprocess.Popen([args.binary, "--config", config, "--windowed"], env=env,
                            stdout=log, stderr=log)
    ready = None
    ready_cpu = None
    sock.settimeout(0.5)
    while ready is None and time.monotonic() - start < args.after:
        try:
            if b"READY=1" in sock.recv(4096).split(b"\n"):
                ready = time.monotonic() - start
                ready_cpu = cpu_ms(proc.pid)
        except socket.timeout:
            if proc.poll() is not None:
                break
    if proc.poll() is not None:
        sys.exit(f"measure-start: the kiosk stopped; its log: {log.name}")
    # Keep reading status messages so the kiosk never blocks on the socket.
    sock.setblocking(False)
    while time.monotonic() - start < args.after:
        time.sleep(0.1)
        try:
            while sock.recv(4096):
                pass
        except BlockingIOError:
            pass
    mem = memory_kb(proc.pid)
    proc.terminate()
    proc.wait()
    sock.close()
    return ready, ready_cpu, mem


def png_runs(args, config, work):
    print(f"\n{'run':>3} {'png ms':>9} {'cpu ms':>7} {'peak MB':>8}  load (1/5/15 min) before")
    times, cpus, peaks = [], [], []
    env = dict(os.environ, SDL_VIDEODRIVER="offscreen")
    env.pop("DISPLAY", None)
    for run in range(1, args.runs + 1):
        load = " ".join(open("/proc/loadavg").read().split()[:3])
        out = os.path.join(work, "page.png")
        start = time.monotonic()
        proc = subprocess.Popen([args.binary, "--config", config, "--offline", "--snapshot", out,
                                 "--size", "1920x1080", "--at", "2016-10-26T11:40:00+02:00"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        took = (time.monotonic() - start) * 1000
        if status != 0 or not os.path.exists(out):
            sys.exit("measure-start: the snapshot failed")
        os.remove(out)
        cpu = (usage.ru_utime + usage.ru_stime) * 1000
        times.append(took)
        cpus.append(cpu)
        peaks.append(usage.ru_maxrss / 1024)
        print(f"{run:>3} {took:9.0f} {cpu:7.0f} {usage.ru_maxrss / 1024:8.1f}  {load}")
    print(f"\nmedian: one page to PNG {statistics.median(times):.0f} ms "
          f"({statistics.median(cpus):.0f} ms of CPU), peak RSS {statistics.median(peaks):.1f} MB")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--binary", default="build/src/signpost")
    p.add_argument("--config", default="config/demo.json")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--after", type=float, default=10.0)
    p.add_argument("--offscreen", action="store_true")
    p.add_argument("--mode", default="default", choices=["default", "software", "opengl"])
    p.add_argument("--png", action="store_true")
    args = p.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for tool in ([] if args.offscreen else ["Xvfb"]):
        if not shutil.which(tool):
            sys.exit(f"measure-start: {tool} is not installed")
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"measure-start: no program at {args.binary} (build it first)")
    work = tempfile.mkdtemp(prefix="measure-start.")
    xvfb = None
    config = None
    try:
        display = None
        if not args.offscreen:
            xvfb, display = free_display(work)
        config = config_copy(args.config, work)
        where = "offscreen" if args.offscreen else f"Xvfb {display} 1920x1080x24"
        print(f"measure-start: {args.binary}, {args.config}, {where}, mode {args.mode}, "
              f"{args.runs} runs, memory {args.after:g} s after the start")
        print(f"{'run':>3} {'ready ms':>9} {'cpu ms':>7} {'pss MB':>7} {'rss MB':>7}  "
              "load (1/5/15 min) before")
        readies, cpus, psss, rsss = [], [], [], []
        for run in range(1, args.runs + 1):
            load = " ".join(open("/proc/loadavg").read().split()[:3])
            ready, ready_cpu, mem = one_run(args, config, display, work, run)
            pss, rss = mem.get("Pss", 0) / 1024, mem.get("Rss", 0) / 1024
            r = f"{ready * 1000:9.0f} {ready_cpu:7.0f}" if ready is not None else f"{'none':>17}"
            print(f"{run:>3} {r} {pss:7.1f} {rss:7.1f}  {load}")
            if ready is not None:
                readies.append(ready * 1000)
                cpus.append(ready_cpu)
            psss.append(pss)
            rsss.append(rss)
        med_ready = (f"{statistics.median(readies):.0f} ms "
                     f"({statistics.median(cpus):.0f} ms of CPU)") if readies else "never"
        print(f"\nmedian: exec -> READY=1 {med_ready}, PSS {statistics.median(psss):.1f} MB, "
              f"RSS {statistics.median(rsss):.1f} MB")
        if args.png:
            png_runs(args, config, work)
        print("load after: " + " ".join(open("/proc/loadavg").read().split()[:3]))
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
        if config:
            os.remove(config)


if __name__ == "__main__":
    main()
