"""The Qt user interface of PressDesk; the only package that imports Qt widgets."""
