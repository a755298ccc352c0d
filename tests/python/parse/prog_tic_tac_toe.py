# Tic-tac-toe: board evaluation with precomputed lines, full minimax with memoisation
# on board strings, and a game of perfect players that always draws.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
memo = {}


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


def minimax(board, player):
    if (key := (board, player)) in memo:
        return memo[key]
    if (w := winner(board)) is not None:
        result = (1 if w == "X" else -1), None
    elif "." not in board:
        result = 0, None
    else:
        options = []
        for i, cell in enumerate(board):
            if cell == ".":
                nxt = board[:i] + player + board[i + 1:]
                score, _ = minimax(nxt, "O" if player == "X" else "X")
                options.append((score, i))
        result = max(options) if player == "X" else min(options)
    memo[key] = result
    return result


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


board, player = "." * 9, "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("winner:", winner(board), "| positions evaluated:", len(memo))
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"), minimax("X.O.X....", "O"))
