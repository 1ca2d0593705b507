/// Anything that can draw itself into a rectangle of a screen; widgets never draw outside `area`.
public protocol Widget {
    func render(in area: Rect, on screen: inout Screen)
}
