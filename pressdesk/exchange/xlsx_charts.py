"""Native spreadsheet charts for :mod:`pressdesk.exchange.xlsx_stream`, written as DrawingML.

A chart reads its sheet's own cells (names in column A, values in column B, under the header),
so it follows the data when the user edits the workbook. Pie, bar and column charts, with the
colours given and value labels, as the report's PDF draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal
from xml.sax.saxutils import escape

_C: Final = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_XDR: Final = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_R: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DRAWING_TYPE: Final = "application/vnd.openxmlformats-officedocument.drawing+xml"
CHART_TYPE: Final = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
# Where the chart sits: from the second column after the table, this many columns and rows.
_WIDTH_COLUMNS: Final = 9
_HEIGHT_ROWS: Final = 20


@dataclass(frozen=True)
class SheetChart:
    """A chart of the sheet's first two columns: names (A) and values (B), one row each.

    ``colors`` are ``#rrggbb``: one per row, or a single one for every bar.
    """

    kind: Literal["pie", "bar", "column"]
    title: str
    colors: Sequence[str] = ()


def _fill(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour.lstrip("#").upper()}"/></a:solidFill>'


def _labels(*, percent: bool) -> str:
    return (
        "<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
        f'<c:showSerName val="0"/><c:showPercent val="{int(percent)}"/>'
        '<c:showBubbleSize val="0"/></c:dLbls>'
    )


def chart_xml(chart: SheetChart, sheet_title: str, rows: int) -> str:
    """Return the chart part of ``chart`` over ``rows`` data rows of the sheet."""
    quoted = "'" + sheet_title.replace("'", "''") + "'"
    names = f"{quoted}!$A$2:$A${rows + 1}"
    values = f"{quoted}!$B$2:$B${rows + 1}"
    series_name = f"<c:tx><c:strRef><c:f>{escape(quoted)}!$B$1</c:f></c:strRef></c:tx>"
    refs = (
        f"<c:cat><c:strRef><c:f>{escape(names)}</c:f></c:strRef></c:cat>"
        f"<c:val><c:numRef><c:f>{escape(values)}</c:f></c:numRef></c:val>"
    )
    colours = list(chart.colors)
    if chart.kind == "pie":
        points = "".join(
            f'<c:dPt><c:idx val="{i}"/><c:bubble3D val="0"/><c:spPr>{_fill(colour)}'
            f"<a:ln>{_fill('#ffffff')}</a:ln></c:spPr></c:dPt>"
            for i, colour in enumerate(colours[:rows])
        )
        plot = (
            '<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/>'
            f"{series_name}{points}{_labels(percent=True)}{refs}</c:ser>"
            '<c:firstSliceAng val="0"/></c:pieChart>'
        )
        legend = '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>'
    else:
        across = chart.kind == "bar"
        whole = f"<c:spPr>{_fill(colours[0])}</c:spPr>" if len(colours) == 1 else ""
        points = (
            "".join(
                f'<c:dPt><c:idx val="{i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>'
                f"<c:spPr>{_fill(colour)}</c:spPr></c:dPt>"
                for i, colour in enumerate(colours[:rows])
            )
            if len(colours) > 1
            else ""
        )
        plot = (
            f'<c:barChart><c:barDir val="{"bar" if across else "col"}"/>'
            '<c:grouping val="clustered"/><c:varyColors val="0"/>'
            f'<c:ser><c:idx val="0"/><c:order val="0"/>{series_name}'
            f'{whole}<c:invertIfNegative val="0"/>{points}'
            f"{_labels(percent=False)}{refs}</c:ser>"
            '<c:gapWidth val="60"/><c:axId val="10"/><c:axId val="20"/></c:barChart>'
            # Bars read top down in the table's order, as the PDF lists them.
            '<c:catAx><c:axId val="10"/><c:scaling><c:orientation '
            f'val="{"maxMin" if across else "minMax"}"/></c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{"l" if across else "b"}"/><c:numFmt formatCode="General" '
            'sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="20"/>'
            '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
            '<c:lblOffset val="100"/></c:catAx>'
            '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            f'<c:delete val="0"/><c:axPos val="{"b" if across else "l"}"/>'
            '<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/>'
            '</a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="0" '
            'sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="10"/>'
            '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
        )
        legend = ""
    title = (
        '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>'
        f'<a:r><a:rPr sz="1200" b="1"/><a:t>{escape(chart.title)}</a:t></a:r></a:p></c:rich>'
        '</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<c:chartSpace xmlns:c="{_C}" xmlns:a="{_A}" xmlns:r="{_R}">'
        f'<c:roundedCorners val="0"/><c:chart>{title}<c:plotArea><c:layout/>{plot}'
        f'</c:plotArea>{legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        "</c:chartSpace>"
    )


def drawing_xml(first_column: int) -> str:
    """Return the drawing part that places the sheet's one chart beside its table."""
    left, right = first_column, first_column + _WIDTH_COLUMNS
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}"><xdr:twoCellAnchor editAs="oneCell">'
        f"<xdr:from><xdr:col>{left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
        f"<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{right}</xdr:col>"
        f"<xdr:colOff>0</xdr:colOff><xdr:row>{1 + _HEIGHT_ROWS}</xdr:row><xdr:rowOff>0"
        '</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>'
        '<xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>'
        f'<a:graphicData uri="{_C}"><c:chart xmlns:c="{_C}" xmlns:r="{_R}" r:id="rId1"/>'
        "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>"
        "</xdr:twoCellAnchor></xdr:wsDr>"
    )


def relationships(kind: str, target: str) -> str:
    """Return a part's relationships file with one relationship ``rId1`` of ``kind``."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_R}/{kind}" Target="{target}"/></Relationships>'
    )
