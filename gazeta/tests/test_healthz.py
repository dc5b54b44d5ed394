def test_it_reports_a_healthy_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


class _DeadConnection:
    vendor = "sqlite"

    def cursor(self):
        raise RuntimeError("database gone")


def test_it_reports_a_broken_database(client, db, monkeypatch):
    monkeypatch.setattr("gazeta.ops.connection", _DeadConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "database gone" in response.json()["database"]
