"""The official Python client's side of `compare.sh`: runs one workload and prints `seconds peak-resident-bytes`.

    python compare.py WORKLOAD --url URL --username U --password P [--count N] [--body FILE]
    python compare.py exec COMMAND...     runs COMMAND once, its output discarded; prints its time and peak memory

Workloads: sequential, concurrent, list, decode, upload, download (as `dm-bench run`).
It needs `datamasque-python` 1.5.0, which `compare.sh` installs in a venv.
"""

import argparse
import json
import logging
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def peak_resident_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def client(args):
    from datamasque.client import DataMasqueClient
    from datamasque.client.models.dm_instance import DataMasqueInstanceConfig

    official = DataMasqueClient(
        DataMasqueInstanceConfig(base_url=args.url, username=args.username, password=args.password))
    official.authenticate()
    return official


def run_command(command: list[str]) -> None:
    import subprocess

    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    print(f"{elapsed:.6f} {peak}")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "exec":
        run_command(sys.argv[2:])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("workload", choices=["sequential", "concurrent", "list", "decode", "upload", "download"])
    parser.add_argument("--url")
    parser.add_argument("--username", default="bench")
    parser.add_argument("--password", default="bench-password")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--body")
    parser.add_argument("--file")
    args = parser.parse_args()
    logging.getLogger("datamasque").setLevel(logging.CRITICAL)

    if args.workload == "decode":
        from datamasque.client.models.connection import validate_connection

        with open(args.body, "rb") as file:
            body = file.read()
        start = time.perf_counter()
        decoded = [validate_connection(payload) for payload in json.loads(body)]
        elapsed = time.perf_counter() - start
        assert decoded
    else:
        official = client(args)
        start = time.perf_counter()
        if args.workload == "sequential":
            for _ in range(args.count):
                official.get_current_license_info()
        elif args.workload == "concurrent":
            with ThreadPoolExecutor(max_workers=64) as pool:
                list(pool.map(lambda _: official.get_current_license_info(), range(args.count)))
        elif args.workload == "upload":
            import uuid
            from pathlib import Path

            from datamasque.client.models.files import SeedFile

            official.upload_file(SeedFile, f"bench-{uuid.uuid4()}.csv", Path(args.file))
        elif args.workload == "download":
            import os
            import tempfile
            from pathlib import Path

            destination = Path(tempfile.gettempdir()) / f"compare-download-{os.getpid()}.tar.gz"
            official.retrieve_application_logs(destination)
            destination.unlink()
        else:
            assert official.list_connections()
        elapsed = time.perf_counter() - start
    print(f"{elapsed:.6f} {peak_resident_bytes()}")


if __name__ == "__main__":
    main()
