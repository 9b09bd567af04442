"""The desk's Qt interface: windows, dialogs and item models. The only package that imports Qt."""
