"""Phone voting for workshop rounds: a ballot box, a tiny WSGI app and a waitress server. No Qt.

The command line (``journeymap votes --serve``) and the app's voting panel share it; see server.py.
"""
