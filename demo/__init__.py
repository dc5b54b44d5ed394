"""The demo source network: synthetic Romanian outlets on 127.0.0.1 with known ground truth."""
