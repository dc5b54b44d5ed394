"""WebSub subscriber: outlets whose feed names a hub push new items to Gazeta instead of waiting
for the next poll.

discovery.py finds the hub and the feed's own (`self`) address in the feed's link elements or
its HTTP `Link` headers; hub_client.py asks the hub to subscribe (a callback under SITE_URL and
a secret per subscription) and renews leases before they end; callback.py answers the hub's
verification of intent and takes pushes: signed with the subscription's secret (X-Hub-Signature,
sha1 or sha256), bounded in size, never the same body twice, for a known topic only. A push's
body goes through the same stages as a polled feed (ingest.entry_stages.process_entry).
"""
