"""The demo network keeps the console quiet when a reader hangs up mid-request."""

import socket
import struct
import time

from demo.tests.test_network import get


def test_a_client_reset_prints_no_traceback(demo_server, capfd):
    host, port = demo_server.base_url.split("://", 1)[1].split(":")
    client = socket.create_connection((host, int(port)), timeout=5)
    client.sendall(b"GET /_outlets.json HT")  # half a request line, then a reset (linger 0 sends RST)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()
    time.sleep(0.3)
    assert get(f"{demo_server.base_url}/_outlets.json")[0] == 200  # still serving
    assert "Traceback" not in capfd.readouterr().err
