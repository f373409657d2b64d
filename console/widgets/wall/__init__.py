"""The video wall (大屏监督指挥): panels beside the live map, the tour, the day's replay."""
