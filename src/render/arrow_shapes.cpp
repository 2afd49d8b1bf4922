#include "render/arrow_shapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace signpost {
namespace {

using P = ArrowProportions;

// Shapes are built pointing up in a frame [0, width] x [0, height] (y down),
// then turned to their direction.
struct Shape {
    std::vector<Polygon> polygons;
    float width = 0;
    float height = 0;
};

float head_length(float head_width) {
    float half_apex = P::kApexDegrees / 2 * std::numbers::pi_v<float> / 180;
    return head_width / 2 / std::tan(half_apex);
}

// A straight arrow with its tip at (cx, top), head width 1.
Polygon straight_arrow(float cx, float top) {
    const float head = head_length(1.0f);
    const float half_shaft = P::kShaftWidth / 2;
    const float tail = top + P::kLength;
    return {{cx, top},
            {cx + 0.5f, top + head},
            {cx + half_shaft, top + head},
            {cx + half_shaft, tail},
            {cx - half_shaft, tail},
            {cx - half_shaft, top + head},
            {cx - 0.5f, top + head}};
}

Shape ahead_shape() {
    return {{straight_arrow(0.5f, 0)}, 1.0f, P::kLength};
}

// The up arrow below a level bar as wide as the head.
Shape level_up_shape() {
    const float arrow_top = P::kBarThickness + P::kBarGap;
    Polygon bar{{0, 0}, {1, 0}, {1, P::kBarThickness}, {0, P::kBarThickness}};
    return {{bar, straight_arrow(0.5f, arrow_top)}, 1.0f, arrow_top + P::kLength};
}

// A U-turn: a stroke rising on the left, a half circle over the top, and a
// stroke coming down on the right into a downward head at the bottom.
Shape u_turn_shape() {
    const float stroke = P::kShaftWidth * 0.8f;  // thinner: the shape is busier
    const float head_width = 0.62f;              // per the total height of 1.6
    const float head = head_length(head_width);
    const float radius = 0.36f;  // of the stroke's centre line
    const float left = stroke / 2;
    const float right = left + 2 * radius;
    const float cx = (left + right) / 2;
    const float cy = radius + stroke / 2;
    const float bottom = P::kLength;
    const float pi = std::numbers::pi_v<float>;
    const int segments = 24;

    Polygon outline;
    outline.push_back({left - stroke / 2, bottom});
    for (int s = 0; s <= segments; ++s) {  // outer arc, left to right over the top
        float a = pi - pi * static_cast<float>(s) / segments;
        outline.push_back(
            {cx + (radius + stroke / 2) * std::cos(a), cy - (radius + stroke / 2) * std::sin(a)});
    }
    outline.push_back({right + stroke / 2, bottom - head});
    outline.push_back({right + head_width / 2, bottom - head});
    outline.push_back({right, bottom});
    outline.push_back({right - head_width / 2, bottom - head});
    outline.push_back({right - stroke / 2, bottom - head});
    for (int s = 0; s <= segments; ++s) {  // inner arc, right to left
        float a = pi * static_cast<float>(s) / segments;
        outline.push_back(
            {cx + (radius - stroke / 2) * std::cos(a), cy - (radius - stroke / 2) * std::sin(a)});
    }
    outline.push_back({left + stroke / 2, bottom});
    return {{outline}, right + head_width / 2, bottom};
}

enum class Turn { none, left, right, half };

// Rotations (not mirror images), so every polygon keeps its winding.
Shape turned(Shape shape, Turn turn) {
    const float w = shape.width;
    const float h = shape.height;
    for (auto& polygon : shape.polygons) {
        for (Point& p : polygon) {
            Point q = p;
            switch (turn) {
                case Turn::none:
                    break;
                case Turn::left:
                    q = {p.y, w - p.x};
                    break;  // tip (w/2, 0) -> (0, w/2)
                case Turn::right:
                    q = {h - p.y, p.x};
                    break;  // tip -> (h, w/2)
                case Turn::half:
                    q = {w - p.x, h - p.y};
                    break;
            }
            p = q;
        }
    }
    if (turn == Turn::left || turn == Turn::right) {
        std::swap(shape.width, shape.height);
    }
    return shape;
}

// The shape turned `degrees` clockwise about its centre (a rotation, so the
// winding stays), moved back into a frame starting at (0, 0).
Shape turned_by(Shape shape, float degrees) {
    const float a = degrees * std::numbers::pi_v<float> / 180;
    const float c = std::cos(a);
    const float s = std::sin(a);
    const float cx = shape.width / 2;
    const float cy = shape.height / 2;
    for (auto& polygon : shape.polygons) {
        for (Point& p : polygon) {
            // y grows downwards, so clockwise on the screen is this rotation.
            const float dx = p.x - cx;
            const float dy = p.y - cy;
            p = {cx + dx * c - dy * s, cy + dx * s + dy * c};
        }
    }
    const Rect b = bounds_of(shape.polygons);
    for (auto& polygon : shape.polygons) {
        for (Point& p : polygon) {
            p = {p.x - b.x, p.y - b.y};
        }
    }
    shape.width = b.w;
    shape.height = b.h;
    return shape;
}

Shape shape_for(Arrow arrow) {
    switch (arrow) {
        case Arrow::ahead:
            return ahead_shape();
        case Arrow::left:
            return turned(ahead_shape(), Turn::left);
        case Arrow::right:
            return turned(ahead_shape(), Turn::right);
        case Arrow::back:
            return u_turn_shape();
        case Arrow::up:
            return level_up_shape();
        case Arrow::down:
            return turned(level_up_shape(), Turn::half);
        case Arrow::ahead_right:
            return turned_by(ahead_shape(), 45);
        case Arrow::back_right:
            return turned_by(ahead_shape(), 135);
        case Arrow::back_left:
            return turned_by(ahead_shape(), 225);
        case Arrow::ahead_left:
            return turned_by(ahead_shape(), 315);
    }
    return ahead_shape();
}

}  // namespace

std::vector<Polygon> arrow_outline(Arrow arrow, const Rect& box) {
    if (!(box.w > 0) || !(box.h > 0)) {
        return {};
    }
    Shape shape = shape_for(arrow);
    float scale = std::min(box.w / shape.width, box.h / shape.height);
    float x0 = box.x + (box.w - shape.width * scale) / 2;
    float y0 = box.y + (box.h - shape.height * scale) / 2;
    for (auto& polygon : shape.polygons) {
        for (Point& p : polygon) {
            p = {x0 + p.x * scale, y0 + p.y * scale};
        }
    }
    return shape.polygons;
}

}  // namespace signpost
