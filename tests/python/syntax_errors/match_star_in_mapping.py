# A single star in a mapping pattern (** is required).
match data:
    case {'k': v, *rest}:
        pass
